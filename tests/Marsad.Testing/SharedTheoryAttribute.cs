namespace Marsad.Testing;

/// <summary>A theory that needs ../shared: skipped with a clear message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
