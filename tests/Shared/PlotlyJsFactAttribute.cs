// SPDX-License-Identifier: MIT
namespace MedNet.Tests.Shared;

/// <summary>
/// Finds the npm copy of plotly.js (<c>node_modules/plotly.js-dist-min/plotly.min.js</c> in the checkout, or the file
/// named by MEDNET_PLOTLY_JS). A fresh clone has none until <c>npm ci</c> (or <c>bash .ci/install-deps</c>) runs;
/// tests that inline it skip with that reason, and CI installs it so they run there.
/// </summary>
internal static class PlotlyJsFile
{
    public static bool Present()
    {
        var named = Environment.GetEnvironmentVariable("MEDNET_PLOTLY_JS");
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named);
        }

        var repo = SharedData.RepositoryRoot();
        return repo is not null && File.Exists(Path.Combine(repo, "node_modules", "plotly.js-dist-min", "plotly.min.js"));
    }

    public const string SkipReason = "needs node_modules/plotly.js-dist-min (run `npm ci` or `bash .ci/install-deps` once; CI does)";
}

/// <summary>A fact that runs only where plotly.js has been installed with npm.</summary>
internal sealed class PlotlyJsFactAttribute : FactAttribute
{
    public PlotlyJsFactAttribute()
    {
        if (!PlotlyJsFile.Present())
        {
            Skip = PlotlyJsFile.SkipReason;
        }
    }
}
