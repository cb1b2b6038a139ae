// SPDX-License-Identifier: MIT
using System.Security.Cryptography;
using System.Text;

namespace MedNet.Experiments.Sweeps;

/// <summary>One task of a sweep: one <c>mednet reproduce</c> run of one experiment, seed and option combination.</summary>
/// <param name="Index">0-based task number (the Slurm array index).</param>
/// <param name="Id">Experiment id.</param>
/// <param name="Seed">Seed of the run.</param>
/// <param name="Options">Option name → value, sorted by name (e.g. profile=smoke).</param>
/// <param name="ConfigHash">SHA-256 (16 hex digits) of id, seed and options: a result carries it, so a result of another
/// configuration is never taken for this task's.</param>
public sealed record SweepTask(int Index, string Id, int Seed, IReadOnlyList<KeyValuePair<string, string>> Options, string ConfigHash)
{
    /// <summary>The configuration without the seed (id and options): what seeds are averaged over.</summary>
    public string Configuration => Options.Count == 0 ? Id : $"{Id} {string.Join(" ", Options.Select(o => $"{o.Key}={o.Value}"))}";

    /// <summary>The arguments of <c>mednet</c> that run this task's experiment, writing its artefacts under <paramref name="outDirectory"/>.</summary>
    /// <param name="outDirectory">Artifacts folder of the task.</param>
    /// <returns>E.g. <c>reproduce mednet-table3 --seed 1 --profile smoke --out DIR</c>.</returns>
    public IReadOnlyList<string> ReproduceArguments(string outDirectory)
    {
        var args = new List<string> { "reproduce", Id, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in Options)
        {
            args.Add("--" + key);
            args.Add(value);
        }

        args.Add("--out");
        args.Add(outDirectory);
        return args;
    }

    /// <summary>The configuration hash of id, seed and options.</summary>
    /// <param name="id">Experiment id.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="options">Options sorted by name.</param>
    /// <returns>16 lower-case hex digits.</returns>
    public static string Hash(string id, int seed, IReadOnlyList<KeyValuePair<string, string>> options)
    {
        var text = new StringBuilder(id).Append('\n').Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in options)
        {
            text.Append('\n').Append(key).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
