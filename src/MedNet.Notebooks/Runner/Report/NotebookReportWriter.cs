// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>
/// Writes a run's artifacts under one folder: per notebook the executed <c>.ipynb</c> and an HTML page (same relative path),
/// plus <c>index.html</c> linking every notebook and <c>summary.json</c> for scripts.
/// </summary>
public sealed class NotebookReportWriter
{
    private readonly Lazy<string?> _plotly;
    private readonly Lazy<MedNet.Viz.Html.KatexBundle?> _katex;

    /// <summary>Creates a writer.</summary>
    /// <param name="outputDirectory">The report folder, e.g. <c>artifacts/notebooks</c>; created when missing.</param>
    /// <param name="profile">The run profile shown on every page (e.g. <c>smoke</c>).</param>
    /// <param name="plotly">The plotly.js to inline into pages with figures, or null (see <see cref="MedNet.Viz.Html.PlotlyJs.TryLocate"/>).</param>
    /// <param name="katexDirectory">KaTeX's <c>dist</c> folder to inline into pages with formulas, or null (see <see cref="MedNet.Viz.Html.KatexAssets.TryLocate"/>).</param>
    public NotebookReportWriter(string outputDirectory, string profile, MedNet.Viz.Html.PlotlyJsSource? plotly, string? katexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        OutputDirectory = Path.GetFullPath(outputDirectory);
        Profile = profile;
        _plotly = new Lazy<string?>(() => plotly is null ? null : MedNet.Viz.Html.PlotlyJs.Read(plotly));
        _katex = new Lazy<MedNet.Viz.Html.KatexBundle?>(() => katexDirectory is null ? null : MedNet.Viz.Html.KatexAssets.Read(katexDirectory));
    }

    /// <summary>The full path of the report folder.</summary>
    public string OutputDirectory { get; }

    /// <summary>The run profile shown on every page.</summary>
    public string Profile { get; }

    /// <summary>The path of the index page: <c>index.html</c> in <see cref="OutputDirectory"/>.</summary>
    public string IndexPath => Path.Combine(OutputDirectory, "index.html");

    /// <summary>Writes one notebook's executed <c>.ipynb</c> and HTML page; does nothing for a notebook that could not be read.</summary>
    /// <param name="result">The notebook run.</param>
    public void WriteNotebook(NotebookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is null)
        {
            return;
        }

        var ipynb = Path.Combine(OutputDirectory, result.RelativePath);
        ExecutedNotebookWriter.Write(result, ipynb);
        File.WriteAllText(Path.ChangeExtension(ipynb, ".html"), NotebookPage.Render(result, Profile, _plotly.Value, _katex.Value));
    }

    /// <summary>Writes <c>index.html</c> and <c>summary.json</c>.</summary>
    /// <param name="results">Every notebook of the run, in run order.</param>
    /// <param name="started">When the run started.</param>
    /// <returns>The path of <c>index.html</c>.</returns>
    public string WriteIndex(IReadOnlyList<NotebookResult> results, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(OutputDirectory);
        File.WriteAllText(IndexPath, IndexPage.Render(results, Profile, started));
        var summary = new JsonObject
        {
            ["profile"] = Profile,
            ["started"] = started.ToString("O"),
            ["notebooks"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
            {
                ["notebook"] = r.RelativePath,
                ["status"] = r.Status.ToString().ToLowerInvariant(),
                ["seconds"] = Math.Round(r.Duration.TotalSeconds, 3),
                ["skipped"] = r.SkipReason,
                ["error"] = r.Error is null ? null : new JsonObject
                {
                    ["cell"] = r.Error.Cell,
                    ["line"] = r.Error.Line,
                    ["message"] = r.Error.Message,
                },
            })]),
        };
        File.WriteAllText(Path.Combine(OutputDirectory, "summary.json"), summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        return IndexPath;
    }
}
