// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tests.Wfdb;

/// <summary>Paths of shipped test data: tests/fixtures/odd and data/mitdb.</summary>
internal static class Fixtures
{
    public static string Odd(string name) =>
        Path.Combine(SharedData.RepositoryRoot() ?? throw new InvalidOperationException("repository root not found"), "tests", "fixtures", "odd", name);

    public static string Record100 => Path.Combine(SharedData.Shipped("mitdb"), "100");
}
