// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using MedNet.Notebooks.Runner.Execution;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>Renders the report's <c>index.html</c>: every notebook of the run with its status, run time and first error.</summary>
public static class IndexPage
{
    /// <summary>Renders the index.</summary>
    /// <param name="results">The notebooks of the run, in run order.</param>
    /// <param name="profile">The run profile (e.g. <c>smoke</c>).</param>
    /// <param name="started">When the run started.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(IReadOnlyList<NotebookResult> results, string profile, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(results);
        int failed = results.Count(r => r.Status == NotebookStatus.Failed);
        int skipped = results.Count(r => r.Status == NotebookStatus.Skipped);
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>MedNet.Notebooks report</title>\n<style>")
            .Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<h1>MedNet.Notebooks — notebook report</h1>\n<p>")
            .Append(results.Count - failed - skipped).Append(" passed, ").Append(failed).Append(" failed").Append(skipped > 0 ? $", {skipped} skipped (data absent)" : string.Empty).Append(" · profile ").Append(Encode(profile))
            .Append(" · ").Append(Seconds(total)).Append(" · started ")
            .Append(started.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append("</p>\n")
            .Append("<table class=\"index\">\n<thead><tr><th>Notebook</th><th>Status</th><th>Time</th><th>Executed notebook</th><th>Error</th></tr></thead>\n<tbody>\n");
        foreach (var r in results)
        {
            var page = Path.ChangeExtension(r.RelativePath, ".html");
            sb.Append("<tr><td>");
            if (r.Document is null)
            {
                sb.Append(Encode(r.RelativePath));
            }
            else
            {
                var summary = NotebookSummary.Of(r.Document);
                sb.Append("<a href=\"").Append(Encode(page)).Append("\">").Append(Encode(summary.Title ?? r.RelativePath)).Append("</a>");
                if (summary.Title is not null)
                {
                    sb.Append("<br><small>").Append(Encode(r.RelativePath)).Append("</small>");
                }

                if (summary.Question is not null)
                {
                    sb.Append("<br><span class=\"question\">").Append(Encode(summary.Question.Replace("**", string.Empty, StringComparison.Ordinal))).Append("</span>");
                }
            }

            sb.Append("</td><td>").Append(NotebookPage.Status(r.Status)).Append("</td><td>").Append(Seconds(r.Duration)).Append("</td><td>");
            if (r.Document is not null)
            {
                sb.Append("<a href=\"").Append(Encode(r.RelativePath)).Append("\">.ipynb</a>");
            }

            sb.Append("</td><td>");
            if (r.SkipReason is { } reason)
            {
                sb.Append(Encode(reason));
            }

            if (r.Error is { } error)
            {
                var link = r.Document is null ? Encode(error.ToString()) : $"<a href=\"{Encode(page)}#cell-{error.Cell}\">{Encode(error.ToString())}</a>";
                sb.Append(link);
            }

            sb.Append("</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</body>\n</html>\n").ToString();
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
