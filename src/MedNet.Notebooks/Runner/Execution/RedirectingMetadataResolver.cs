// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// Resolves <c>#r "path.dll"</c> like Roslyn's script resolver (relative to the notebook or the <c>.csx</c> that holds it),
/// except that a file whose name also sits in the host directory resolves to the host's copy.
/// </summary>
/// <remarks>
/// Why: <c>notebooks/setup.csx</c> references <c>src/*/bin/Release/net10.0/MedNet.*.dll</c> so that the real .NET Interactive
/// kernel finds the library. The runner ships the same assemblies beside itself, built in the same build as the runner, so
/// redirecting to them means (a) no stale or missing Release build can differ from the runner's own build (tests run in
/// Debug or Release alike, whatever the build order), and (b) each assembly is loaded once, into the default load context
/// the runner already uses, instead of twice.
/// </remarks>
internal sealed class RedirectingMetadataResolver(MetadataReferenceResolver inner, string? hostDirectory) : MetadataReferenceResolver
{
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (hostDirectory is not null && !reference.Contains(':', StringComparison.Ordinal)
            && reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            var hosted = Path.Combine(hostDirectory, Path.GetFileName(reference));
            if (File.Exists(hosted))
            {
                return inner.ResolveReference(hosted, baseFilePath: null, properties);
            }
        }

        return inner.ResolveReference(reference, baseFilePath, properties);
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) =>
        other is RedirectingMetadataResolver r && r.HostDirectoryPath == HostDirectoryPath && r.Inner.Equals(Inner);

    public override int GetHashCode() => HashCode.Combine(Inner, HostDirectoryPath);

    private MetadataReferenceResolver Inner => inner;

    private string? HostDirectoryPath => hostDirectory;
}
