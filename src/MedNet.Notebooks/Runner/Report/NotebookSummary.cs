// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>What a notebook is about, read from its first markdown cell: the "# " title and the "**Question.**" sentence.</summary>
/// <param name="Title">The first level-1 heading, or null.</param>
/// <param name="Question">The text after "**Question.**" up to the end of its paragraph, or null.</param>
public sealed record NotebookSummary(string? Title, string? Question)
{
    /// <summary>Reads the summary of a notebook.</summary>
    /// <param name="document">The notebook.</param>
    /// <returns>The title and question; each null when the notebook has none.</returns>
    public static NotebookSummary Of(NotebookDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var cell in document.Cells)
        {
            if (cell.CellType != "markdown")
            {
                continue;
            }

            string? title = null;
            var question = new List<string>();
            var inQuestion = false;
            foreach (var raw in cell.Source.Split('\n'))
            {
                var line = raw.Trim();
                if (title is null && line.StartsWith("# ", StringComparison.Ordinal))
                {
                    title = line[2..].Trim();
                }
                else if (line.StartsWith("**Question.**", StringComparison.Ordinal))
                {
                    inQuestion = true;
                    question.Add(line["**Question.**".Length..].Trim());
                }
                else if (inQuestion && line.Length > 0)
                {
                    question.Add(line);
                }
                else if (inQuestion)
                {
                    break;
                }
            }

            return new NotebookSummary(title, question.Count == 0 ? null : string.Join(" ", question));
        }

        return new NotebookSummary(null, null);
    }
}
