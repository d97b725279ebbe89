using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Entities.Knowledge;
using Marsad.Storage.Search;
using Marsad.Storage.Workspace;
using Marsad.Web.Apis;
using Marsad.Web.Security;
using Microsoft.Extensions.FileProviders;

namespace Marsad.Web;

/// <summary>
/// Builds the workspace web application: options (section <c>Marsad</c>), the listening rule (loopback unless a
/// token is set), the store's workspace and search index, security middleware, the UI's static files, and every
/// API route group. <c>Program</c> (the web host) and <c>marsad serve</c> both build it here.
/// </summary>
public static class MarsadApp
{
    /// <summary>Builds the application; throws <see cref="InvalidOperationException"/> when the options are unsafe or the store is missing.</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var options = builder.Configuration.GetSection(WorkspaceOptions.Section).Get<WorkspaceOptions>() ?? new WorkspaceOptions();
        if (string.IsNullOrEmpty(options.Token) && Environment.GetEnvironmentVariable("MARSAD_TOKEN") is { Length: > 0 } envToken)
        {
            options = options with { Token = envToken };
        }

        if (!options.IsLoopback && string.IsNullOrEmpty(options.Token))
        {
            throw new InvalidOperationException($"refusing to listen on {options.Host}: it is not a loopback address, and anyone who can reach it could read the store. Set an access token (--token or MARSAD_TOKEN), or listen on 127.0.0.1.");
        }

        if (!File.Exists(options.Db))
        {
            throw new InvalidOperationException($"{options.Db}: no such store; run `marsad analyze PATH --db {options.Db}` first");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host.Trim('[', ']')), options.Port);
            }
        });
        if (options.IsLoopback)
        {
            // A page on another site must not reach this server by pointing its own domain at 127.0.0.1 (DNS rebinding):
            // only requests addressed to a loopback name are answered.
            builder.Configuration["AllowedHosts"] = "localhost;127.0.0.1;[::1]";
        }

        var kb = KnowledgeBase.LoadDefault();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(kb);
        builder.Services.AddSingleton(_ => SearchIndex.Open(options.Db, kb));
        builder.Services.AddSingleton<IWorkspace>(_ => new SqliteWorkspace(options.Db, kb));
        builder.Services.AddHostedService<IndexAtStart>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Marsad workspace API";
            doc.Info.Description = "Search, read and aggregate an analysed store of Arabic news (docs/web.md).";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Arabic stays readable in responses; characters that matter to HTML (< > & ' ") are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        var app = builder.Build();
        Configure(app, options);
        return app;
    }

    static void Configure(WebApplication app, WorkspaceOptions options)
    {
        // A generic 500 without any exception detail, whatever the environment (the exception goes to the log).
        app.UseExceptionHandler(handler => handler.Run(context =>
            Results.Problem(title: "Internal error", detail: "The server could not complete the request; the details are in its log.", statusCode: StatusCodes.Status500InternalServerError)
                .ExecuteAsync(context)));
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        if (!string.IsNullOrEmpty(options.Token))
        {
            app.UseMiddleware<TokenGate>(System.Text.Encoding.UTF8.GetBytes(options.Token));
        }

        var pages = new EmbeddedFileProvider(typeof(MarsadApp).Assembly, "Marsad.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });
        var libraries = new LibraryFiles(Path.Combine(AppContext.BaseDirectory, "node_modules"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = libraries, RequestPath = "/lib" });
        if (libraries.Missing.Count > 0)
        {
            app.Logger.LogWarning("Front-end libraries missing under {Root}: {Files}. Run `npm ci` in src/Marsad.Web and rebuild.", libraries.Root, string.Join(", ", libraries.Missing));
        }

        app.MapOpenApi("/api/openapi.json");
        app.MapWorkspaceApi(libraries);
        app.MapSearchApi();
        app.MapArticlesApi();
        app.MapActorsApi();
        app.MapEventsApi();
        app.MapGraphApi();
        app.MapStoriesApi();
    }
}
