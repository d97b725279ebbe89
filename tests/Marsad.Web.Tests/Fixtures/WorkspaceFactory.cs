using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Web.Tests.Fixtures;

/// <summary>The web application over one test's own store, through <see cref="WebApplicationFactory{TEntryPoint}"/>.</summary>
internal sealed class WorkspaceFactory(WorkspaceStore store, string? token = null) : WebApplicationFactory<Program>
{
    public WorkspaceStore Store => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Marsad:Db", store.DbPath);
        builder.UseSetting("Marsad:Port", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (token is not null)
        {
            builder.UseSetting("Marsad:Token", token);
        }
    }
}
