// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>A dataset in the registry: where it lives, its licence and citation, and its files with checksums.</summary>
/// <param name="Name">Short name used on the command line and as the local folder (<c>mitdb</c>, <c>ptbxl</c>, <c>cinc2017</c>, <c>mba</c>).</param>
/// <param name="Title">One-line description.</param>
/// <param name="BaseUrl">Official base URL ending in '/'; a file's URL is BaseUrl + RelativePath.</param>
/// <param name="Licence">Licence of the data.</param>
/// <param name="Citation">What to cite.</param>
/// <param name="ChecksumSource">Where the checksums come from, and which are not known.</param>
/// <param name="Files">The files to download.</param>
public sealed record DatasetEntry(
    string Name, string Title, Uri BaseUrl, string Licence, string Citation, string ChecksumSource, IReadOnlyList<DatasetFile> Files)
{
    /// <summary>How many files have a known checksum.</summary>
    public int VerifiedFileCount
    {
        get
        {
            int n = 0;
            foreach (var f in Files)
            {
                n += f.HasChecksum ? 1 : 0;
            }

            return n;
        }
    }
}
