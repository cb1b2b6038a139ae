// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>One file of a registered dataset.</summary>
/// <param name="RelativePath">Path below the dataset's base URL and below its local folder, with '/' separators.</param>
/// <param name="Sha256">Lower-case hex SHA-256, or <see langword="null"/> when the registry does not know it (the file is then
/// downloaded but reported as unverified).</param>
/// <param name="Size">Size in bytes, or <see langword="null"/> when the registry does not know it. A transfer or a leftover
/// <c>.part</c> that does not fit the size is caught before hashing.</param>
public sealed record DatasetFile(string RelativePath, string? Sha256, long? Size = null)
{
    /// <summary>Whether the checksum is known.</summary>
    public bool HasChecksum => Sha256 is not null;
}
