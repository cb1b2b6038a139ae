using System.Diagnostics;

namespace MedNet.Viz.Tests.Browser;

/// <summary>Runs Debian's chromium headless on a local file, with a fresh profile and no network services.</summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3); // a shared 2-core CI box; rendering takes seconds

    public static string DumpDom(string htmlPath) => Run(htmlPath, "--dump-dom", "--virtual-time-budget=15000").StdOut;

    public static void Screenshot(string htmlPath, string pngPath, int width = 1300, int height = 5200) =>
        Run(htmlPath, $"--screenshot={pngPath}", $"--window-size={width},{height}", "--virtual-time-budget=15000", "--hide-scrollbars");

    private static (string StdOut, string StdErr) Run(string htmlPath, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("mednet-chromium-");
        try
        {
            var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--enable-unsafe-swiftshader", $"--user-data-dir={profile.FullName}",
                     })
            {
                psi.ArgumentList.Add(arg);
            }

            foreach (var arg in extra)
            {
                psi.ArgumentList.Add(arg);
            }

            psi.ArgumentList.Add(new Uri(htmlPath).AbsoluteUri);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout} on {htmlPath}");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium helpers may still hold files for a moment; the temp dir is cleaned by the OS later.
            }
        }
    }
}
