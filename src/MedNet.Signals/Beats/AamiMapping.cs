// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Beats;

/// <summary>Maps MIT-BIH beat annotation symbols to <see cref="AamiClass"/>.</summary>
/// <remarks>
/// Source: ANSI/AAMI EC57:2012 Table 3, as used in [MSA] §2.1: N,L,R,e,j → N; A,a,J,S → S; V,E → V; F → F; /,f,Q → Q.
/// Other symbols (rhythm changes, noise, artefacts, and beat symbols outside this table such as B, r, n, ?) have no class.
/// </remarks>
public static class AamiMapping
{
    /// <summary>Maps a beat symbol to its AAMI class.</summary>
    /// <param name="symbol">MIT-BIH annotation symbol, e.g. "N" or "/".</param>
    /// <param name="aami">The class when the symbol has one.</param>
    /// <returns><see langword="true"/> when the symbol is in the AAMI table.</returns>
    public static bool TryMap(string symbol, out AamiClass aami)
    {
        switch (symbol)
        {
            case "N" or "L" or "R" or "e" or "j": aami = AamiClass.N; return true;
            case "A" or "a" or "J" or "S": aami = AamiClass.S; return true;
            case "V" or "E": aami = AamiClass.V; return true;
            case "F": aami = AamiClass.F; return true;
            case "/" or "f" or "Q": aami = AamiClass.Q; return true;
            default: aami = default; return false;
        }
    }

    /// <summary>Maps a beat symbol to its AAMI class or throws.</summary>
    /// <param name="symbol">MIT-BIH annotation symbol.</param>
    /// <returns>The AAMI class.</returns>
    /// <exception cref="ArgumentException">The symbol is not in the AAMI table; the message lists the table.</exception>
    public static AamiClass Map(string symbol) =>
        TryMap(symbol, out var aami)
            ? aami
            : throw new ArgumentException($"AamiMapping.Map: expected one of N L R e j A a J S V E F / f Q but got '{symbol}'. Use TryMap to skip non-beat annotations.", nameof(symbol));
}
