// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Layering.Analysis;

namespace MedNet.Layering;

/// <summary>
/// <c>dotnet run --project tools/MedNet.Layering -- [--root &lt;repo&gt;] [--markdown &lt;out.md&gt;] [--title &lt;text&gt;] [--check]</c>:
/// prints (or writes) the dependency picture of src/ and exits 0; with <c>--check</c> prints the cycles and project-rule
/// violations instead and exits 1 when there is any.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: dotnet run --project tools/MedNet.Layering -- [--root <repo>] [--markdown <out.md>] [--title <text>] [--check]\n" +
        "  --root <repo>      repository root holding src/ (default: the folder with MedNet.Notebooks.sln above the current one)\n" +
        "  --markdown <file>  write the Markdown picture to <file> instead of standard output\n" +
        "  --title <text>     first heading of the picture (default: \"Dependencies of src/\")\n" +
        "  --check            print cycles and project-rule violations; exit 1 when there is any\n";

    private static int Main(string[] args)
    {
        string? root = null;
        string? markdown = null;
        var title = "Dependencies of src/";
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                case "--markdown" when i + 1 < args.Length:
                    markdown = args[++i];
                    break;
                case "--title" when i + 1 < args.Length:
                    title = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                case "-h" or "--help":
                    Console.Out.Write(Usage);
                    return 0;
                default:
                    Console.Error.Write($"mednet-layering: expected one of --root, --markdown, --title, --check but got '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }

        root ??= SourceScanner.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var clock = Stopwatch.StartNew();
        var report = DependencyAnalyzer.AnalyzeRepository(root);
        var elapsed = clock.Elapsed.TotalSeconds;

        if (check)
        {
            Console.Out.Write(MarkdownReport.RenderProblems(report));
            return report.HasProblems ? 1 : 0;
        }

        var text = MarkdownReport.Render(report, title);
        if (markdown is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(markdown, text);
            Console.Out.WriteLine(
                $"wrote {markdown}: {report.FileCount} files, {report.FolderEdges.Count} folder edges, {report.Cycles.Count} cycles, " +
                $"{report.Violations.Count} project-rule violations, {report.UnusedUsings.Count} unused usings ({elapsed:F2} s)");
        }

        return 0;
    }
}
