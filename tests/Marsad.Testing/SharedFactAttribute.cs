namespace Marsad.Testing;

/// <summary>A fact that needs ../shared: skipped with a clear message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
