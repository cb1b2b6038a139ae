using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.PaperTables;

public class ReportedResultsTests
{
    [Fact]
    public void All_HoldsEveryTableCell()
    {
        // MEDNET: 4 tables × 9 metrics; MSA: T1 5×5, T2 7×5, T3 5×5, T4 10×4, §3.1 text 5 AUROCs, §3.2 text 8 figures, §3.3 text 13 figures, §4.1 text the int8 size.
        Assert.Equal(36 + 25 + 35 + 25 + 40 + 5 + 8 + 13 + 1, ReportedResults.All.Count);
        Assert.Equal(13, ReportedResults.Table("MSA", "S3.3").Count);
        Assert.Equal(9, ReportedResults.Table("MEDNET", "T3").Count);
    }

    [Fact]
    public void Get_KnownKey_ReturnsParsedValue()
    {
        var tp = ReportedResults.Get("MEDNET/T1/DTAAD-ECG_DATA-20ep/TP");
        Assert.Equal(54157, tp.Value);
        Assert.Equal("54,157", tp.Printed);
        Assert.Equal(0.93844, ReportedResults.Get("MEDNET/T4/DTAAD-MBA-50ep/F1").Value);
    }

    [Fact]
    public void Get_UnknownKey_ListsKeysOfThatTable()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => ReportedResults.Get("MEDNET/T4/DTAAD-MBA-50ep/MCC"));
        Assert.Contains("MEDNET/T4/DTAAD-MBA-50ep/F1", ex.Message);
    }

    [SharedPapersFact]
    public void All_EachPrintedValueOccursInItsPaper()
    {
        var folder = SharedPapers.Folder()!;
        var texts = new Dictionary<string, string>
        {
            ["MEDNET"] = File.ReadAllText(Directory.GetFiles(folder, "000_*.txt").Single()),
            ["MSA"] = File.ReadAllText(Directory.GetFiles(folder, "002_*.txt").Single()),
        };
        foreach (var group in ReportedResults.All.GroupBy(v => (v.Paper, v.Table, v.Row)))
        {
            var printed = group.Select(v => v.Printed).ToArray();
            if (group.Key.Table.StartsWith('S'))
            {
                // Values quoted in a section's text (e.g. S3.2 = §3.2's loss, learning-rate and spectral figures).
                var section = SectionText(texts[group.Key.Paper], group.Key.Table[1..]);
                foreach (var p in printed)
                {
                    Assert.Contains(p, section, StringComparison.Ordinal);
                }

                continue;
            }

            var lines = TableLines(texts[group.Key.Paper], group.Key.Table);
            if (group.Key.Paper == "MSA")
            {
                // One paper line per row: its last cells are the row's values in order.
                Assert.Contains(lines, l => l.Split('\t').TakeLast(printed.Length).SequenceEqual(printed));
            }
            else
            {
                // MEDNET tables print one "Metric<TAB>Value" line per metric.
                foreach (var p in printed)
                {
                    Assert.Contains(lines, l => l.EndsWith("\t" + p, StringComparison.Ordinal));
                }
            }
        }
    }

    /// <summary>The text of section <paramref name="number"/> (e.g. "3.2"), from its "### " heading to the next "### " or "## " heading.</summary>
    private static string SectionText(string text, string number)
    {
        var start = text.IndexOf($"### {number} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} not found");
        var end = text.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        var chapter = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        end = end < 0 ? chapter : chapter < 0 ? end : Math.Min(end, chapter);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The lines from a table's caption to the next blank-line-separated heading or table caption.</summary>
    private static List<string> TableLines(string text, string table)
    {
        var number = table[1..];
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var start = Array.FindIndex(lines, l => l.StartsWith($"Table {number}:", StringComparison.Ordinal) || l.StartsWith($"**Table {number}.**", StringComparison.Ordinal));
        Assert.True(start >= 0, $"caption of {table} not found");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("Table ", StringComparison.Ordinal) && !l.StartsWith("**Table", StringComparison.Ordinal) && !l.StartsWith("## ", StringComparison.Ordinal) && !l.StartsWith("**Figure", StringComparison.Ordinal)).ToList();
    }
}
