namespace MedNet.Viz.Tests.Browser;

/// <summary>A fact that runs only where Debian's chromium and the npm copy of plotly.js are installed (CI installs both with .ci/install-deps).</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"needs headless chromium at {ChromiumPath}, absent here; run `bash .ci/install-deps` (CI does)";
        }
        else if (!PlotlyJsFile.Present())
        {
            Skip = PlotlyJsFile.SkipReason;
        }
    }
}
