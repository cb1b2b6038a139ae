namespace MedNet.Viz.Tests.Browser;

/// <summary>A fact that runs only where Debian's chromium is installed (CI installs it with .ci/install-deps); plotly.js comes from Plotly.NET.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"needs headless chromium at {ChromiumPath}, absent here; run `bash .ci/install-deps` (CI does)";
        }
    }
}
