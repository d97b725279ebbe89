namespace Marsad.Web.Tests.Browser;

/// <summary>A browser test: skipped with a clear message when Debian's chromium is not installed (a user's machine).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is not installed: browser tests need Debian's chromium (`apt-get install -y chromium`; .ci/run installs it)";
        }
    }
}
