using Marsad.Web;

// The web host alone: `dotnet run --project src/Marsad.Web -- --Marsad:Db=marsad.db` (marsad serve does the same).
var app = MarsadApp.Build(args);
app.Run();

/// <summary>The web host's entry point, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
