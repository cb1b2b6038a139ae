// SPDX-License-Identifier: MIT
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace MedNet.Experiments.Runs;

/// <summary>SHA-256 fingerprints of the data a run used, recorded in every run's JSON so results can be traced to inputs.</summary>
public static class DataFingerprint
{
    /// <summary>Fingerprint of files: SHA-256 over each file's name (not its folder) and bytes, in ordinal name order.</summary>
    /// <param name="paths">Files to include.</param>
    /// <returns>Lower-case hex SHA-256.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist (the message names it).</exception>
    public static string OfFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sorted = new List<string>(paths);
        sorted.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var path in sorted)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"DataFingerprint: file not found: {path}", path);
            }

            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Fingerprint of in-memory values (little-endian IEEE bytes), e.g. a preprocessed matrix.</summary>
    /// <param name="values">The values.</param>
    /// <returns>Lower-case hex SHA-256.</returns>
    public static string OfValues(ReadOnlySpan<float> values) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(values)));

    /// <inheritdoc cref="OfValues(ReadOnlySpan{float})"/>
    public static string OfValues(ReadOnlySpan<double> values) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(values)));
}
