// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>Finds a dataset folder for the substitutes from a data root, the folder itself, or the data-root search.</summary>
internal static class SubstituteFolder
{
    /// <summary><paramref name="dataRoot"/>/<paramref name="dataset"/> when it exists, else <paramref name="dataRoot"/> itself; null → <see cref="DataRoot.FindDataset(string, string?)"/>.</summary>
    public static string Resolve(string? dataRoot, string dataset, string op)
    {
        if (dataRoot is null)
        {
            return DataRoot.FindDataset(dataset)
                ?? throw new DirectoryNotFoundException($"{op}: expected a '{dataset}' folder under MEDNET_DATA, data/ or ../shared/data but found none. Pass the data root.");
        }

        var nested = Path.Combine(dataRoot, dataset);
        if (Directory.Exists(nested))
        {
            return nested;
        }

        return Directory.Exists(dataRoot)
            ? dataRoot
            : throw new DirectoryNotFoundException($"{op}: expected the data root or the {dataset} folder but '{dataRoot}' does not exist.");
    }
}
