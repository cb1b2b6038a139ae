// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>The standard WFDB annotation codes (ecgcodes.h) as data: code → mnemonic symbol, and which codes are beats.</summary>
/// <remarks>
/// Source: WFDB annotation codes, https://physionet.org/physiotools/wag/annot-5.htm and
/// https://archive.physionet.org/physiobank/annotations.shtml. Beat codes are those WFDB's <c>isqrs</c> marks as QRS:
/// N L R a V F J A S E j / Q B e n f r ? (codes 1–13, 25, 30, 34, 35, 38, 41).
/// </remarks>
public static class AnnotationCodes
{
    /// <summary>Highest annotation code (ACMAX); 59–63 are the pseudo-codes SKIP, NUM, SUB, CHN, AUX.</summary>
    public const int MaxCode = 49;

    // Index = code. "" = unused code.
    private static readonly string[] Symbols =
    [
        " ", "N", "L", "R", "a", "V", "F", "J", "A", "S", // 0–9
        "E", "j", "/", "Q", "~", "", "|", "", "s", "T", // 10–19
        "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u", // 20–29
        "?", "!", "[", "]", "e", "n", "@", "x", "f", "(", // 30–39
        ")", "r", "", "", "", "", "", "", "", "", // 40–49
    ];

    private static readonly bool[] Beat = BuildBeatTable();

    /// <summary>The mnemonic of an annotation code, e.g. 1 → "N", 5 → "V", 28 → "+".</summary>
    /// <param name="code">Annotation code, 0–49.</param>
    /// <returns>The symbol, or <c>"[code]"</c> for unused or out-of-range codes.</returns>
    public static string Symbol(int code) =>
        code >= 0 && code < Symbols.Length && Symbols[code].Length > 0 ? Symbols[code] : $"[{code}]";

    /// <summary>Whether a code marks a beat (QRS complex).</summary>
    /// <param name="code">Annotation code.</param>
    /// <returns><see langword="true"/> for N L R a V F J A S E j / Q B e n f r ?.</returns>
    public static bool IsBeat(int code) => code >= 0 && code < Beat.Length && Beat[code];

    /// <summary>Whether a symbol marks a beat (QRS complex).</summary>
    /// <param name="symbol">Annotation mnemonic, e.g. "N".</param>
    /// <returns><see langword="true"/> for N L R a V F J A S E j / Q B e n f r ?.</returns>
    public static bool IsBeat(string symbol)
    {
        for (var c = 0; c < Symbols.Length; c++)
        {
            if (Beat[c] && Symbols[c] == symbol)
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] BuildBeatTable()
    {
        var beat = new bool[Symbols.Length];
        foreach (var c in (int[])[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 34, 35, 38, 41])
        {
            beat[c] = true;
        }

        return beat;
    }
}
