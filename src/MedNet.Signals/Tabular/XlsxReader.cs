// SPDX-License-Identifier: MIT
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace MedNet.Signals.Tabular;

/// <summary>Reads the cell values of one worksheet from an Office Open XML workbook (.xlsx) without any package.</summary>
/// <remarks>
/// Source: ECMA-376 Part 1, §18.3 (worksheets) and §18.4 (shared strings). The workbook is a zip: <c>xl/workbook.xml</c>
/// lists the sheets with a relationship id, <c>xl/_rels/workbook.xml.rels</c> maps that id to a part such as
/// <c>worksheets/sheet1.xml</c>, and <c>xl/sharedStrings.xml</c> holds the text of cells with <c>t="s"</c>.
/// A cell <c>&lt;c r="B3" t="…"&gt;&lt;v&gt;…&lt;/v&gt;&lt;/c&gt;</c> is: no <c>t</c> or <c>t="n"</c> → number;
/// <c>s</c> → shared-string index; <c>str</c> → formula result text; <c>inlineStr</c> → text in <c>&lt;is&gt;</c>;
/// <c>b</c> → boolean (kept as text "TRUE"/"FALSE"); <c>e</c> → error text such as <c>#N/A</c>. Number formats
/// (dates, times) are not applied: a time cell is returned as its Excel day fraction. Formulas are not evaluated; the
/// cached value is read.
/// </remarks>
public static class XlsxReader
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxColumns = 16_384;
    private const string MaxColumnName = "XFD";
    private const int MaxRows = 1_048_576;

    /// <summary>Largest dense grid (rows × columns) a sheet may span: 2^25 cells. A sheet whose filled cells are few but
    /// far apart (e.g. a single cell at B200000000 or XFD1048576) is refused by name instead of allocating gigabytes.</summary>
    private const long MaxGridCells = 1L << 25;

    /// <summary>Reads a worksheet.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="sheetName">Sheet to read. Default: the first sheet.</param>
    /// <returns>The sheet's cells.</returns>
    /// <exception cref="TabularFormatException">The file is not a workbook, the sheet is missing, or a cell is malformed.</exception>
    public static XlsxSheet ReadSheet(string path, string? sheetName = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"XlsxReader: expected an .xlsx file but '{path}' does not exist.", path);
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected an .xlsx (zip) workbook but '{path}' is not a zip archive ({ex.Message}).");
        }

        using (zip)
        {
            try
            {
                var (name, part) = FindSheetPart(path, zip, sheetName);
                var shared = ReadSharedStrings(path, zip);
                var entry = zip.GetEntry(part)
                    ?? throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected sheet part '{part}' for sheet '{name}' but the workbook lacks it.");
                try
                {
                    using var stream = entry.Open();
                    return ReadCells(path, name, stream, shared);
                }
                catch (XmlException ex)
                {
                    throw new TabularFormatException(path, 0, 0,
                        $"XlsxReader: expected well-formed XML in sheet part '{part}' of '{path}' but it breaks at XML line {ex.LineNumber}, position {ex.LinePosition} ({ex.Message}).");
                }
            }
            catch (InvalidDataException ex)
            {
                // A damaged zip is often found lazily: when the directory is walked or an entry is inflated.
                throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected a readable .xlsx (zip) workbook but '{path}' is damaged ({ex.Message}).");
            }
        }
    }

    private static (string Name, string Part) FindSheetPart(string path, ZipArchive zip, string? sheetName)
    {
        var workbook = LoadXml(path, zip, "xl/workbook.xml");
        var ns = new XmlNamespaceManager(workbook.NameTable);
        ns.AddNamespace("m", MainNs);
        ns.AddNamespace("r", RelNs);
        var sheets = workbook.SelectNodes("/m:workbook/m:sheets/m:sheet", ns);
        XmlElement? chosen = null;
        var names = new List<string>();
        foreach (XmlElement sheet in sheets!)
        {
            var n = sheet.GetAttribute("name");
            names.Add(n);
            if (chosen is null && (sheetName is null || string.Equals(n, sheetName, StringComparison.Ordinal)))
            {
                chosen = sheet;
            }
        }

        if (chosen is null)
        {
            throw new TabularFormatException(path, 0, 0,
                $"XlsxReader: expected a sheet named '{sheetName ?? "(first)"}' but the workbook has [{string.Join(", ", names)}].");
        }

        var id = chosen.GetAttribute("id", RelNs);
        var rels = LoadXml(path, zip, "xl/_rels/workbook.xml.rels");
        foreach (XmlElement rel in rels.DocumentElement!.ChildNodes.OfType<XmlElement>())
        {
            if (rel.GetAttribute("Id") == id)
            {
                var target = rel.GetAttribute("Target").TrimStart('/');
                return (chosen.GetAttribute("name"), target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            }
        }

        throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected relationship '{id}' in xl/_rels/workbook.xml.rels but it is missing.");
    }

    private static List<string> ReadSharedStrings(string path, ZipArchive zip)
    {
        var list = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is null)
        {
            return list;
        }

        // Each <si> is plain (<t>) or rich text (<r><t>…</t></r>…); phonetic runs (<rPh>) are not part of the value.
        var doc = LoadXml(path, zip, "xl/sharedStrings.xml");
        foreach (XmlElement si in doc.DocumentElement!.ChildNodes.OfType<XmlElement>())
        {
            var text = new System.Text.StringBuilder();
            foreach (XmlElement t in si.GetElementsByTagName("t", MainNs))
            {
                if (t.ParentNode is XmlElement parent && parent.LocalName == "rPh")
                {
                    continue;
                }

                text.Append(t.InnerText);
            }

            list.Add(text.ToString());
        }

        return list;
    }

    private static XlsxSheet ReadCells(string path, string name, Stream stream, List<string> shared)
    {
        var rows = new List<XlsxCell[]>();
        var pending = new List<(int Row, int Col, XlsxCell Cell)>();
        int maxRow = 0, maxCol = 0;
        using var xml = XmlReader.Create(stream);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var reference = xml.GetAttribute("r")
                ?? throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected an 'r' reference on every cell of sheet '{name}' but one lacks it.");
            var (row, col) = ParseReference(path, reference);
            var type = xml.GetAttribute("t") ?? "n";
            string? raw = null;
            if (!xml.IsEmptyElement)
            {
                using var cell = xml.ReadSubtree();
                while (cell.Read())
                {
                    if (cell.NodeType == XmlNodeType.Element && (cell.LocalName == "v" || cell.LocalName == "t"))
                    {
                        raw = cell.ReadElementContentAsString();
                        break;
                    }
                }
            }

            if (raw is null)
            {
                continue;
            }

            pending.Add((row, col, Decode(path, reference, type, raw, shared)));
            maxRow = Math.Max(maxRow, row);
            maxCol = Math.Max(maxCol, col);
        }

        if ((long)maxRow * maxCol > MaxGridCells)
        {
            throw new TabularFormatException(path, maxRow, maxCol,
                $"XlsxReader: expected sheet '{name}' to span at most {MaxGridCells:N0} cells (rows × columns) but its {pending.Count:N0} filled cells " +
                $"reach row {maxRow:N0} and column {maxCol:N0} ({(long)maxRow * maxCol:N0} cells); is a stray cell far from the table?");
        }

        for (int r = 0; r < maxRow; r++)
        {
            var line = new XlsxCell[maxCol];
            Array.Fill(line, XlsxCell.Empty);
            rows.Add(line);
        }

        foreach (var (row, col, cell) in pending)
        {
            rows[row - 1][col - 1] = cell;
        }

        return new XlsxSheet(path, name, rows, maxCol);
    }

    private static XlsxCell Decode(string path, string reference, string type, string raw, List<string> shared)
    {
        switch (type)
        {
            case "n":
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return new XlsxCell(number, null);
                }

                var (row, col) = ParseReference(path, reference);
                throw new TabularFormatException(path, row, col, $"XlsxReader: expected a number in numeric cell {reference} but got '{raw}'.");
            case "s":
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count)
                {
                    return new XlsxCell(double.NaN, shared[index]);
                }

                var (r2, c2) = ParseReference(path, reference);
                throw new TabularFormatException(path, r2, c2,
                    $"XlsxReader: expected a shared-string index below {shared.Count} in cell {reference} but got '{raw}'.");
            case "b":
                return new XlsxCell(double.NaN, raw == "1" ? "TRUE" : "FALSE");
            default: // str, inlineStr, e
                return new XlsxCell(double.NaN, raw);
        }
    }

    /// <summary>Splits a reference such as <c>AB12</c> into 1-based (row 12, column 28).</summary>
    /// <remarks>Bounded by the format's own limits (ECMA-376 §18.3.1.4 and Excel's): columns A…XFD (16,384), rows
    /// 1…1,048,576; anything beyond is refused before any arithmetic can overflow or any storage is allocated.</remarks>
    private static (int Row, int Col) ParseReference(string path, string reference)
    {
        int i = 0, col = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]))
        {
            if (i == 3)
            {
                throw new TabularFormatException(path, 0, 0,
                    $"XlsxReader: expected a cell reference with a column of at most 3 letters (A…{MaxColumnName}) but got '{reference}'.");
            }

            col = (col * 26) + (reference[i] - 'A' + 1);
            i++;
        }

        if (col == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out int row) || row < 1)
        {
            throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected a cell reference like 'B3' but got '{reference}'.");
        }

        if (col > MaxColumns || row > MaxRows)
        {
            throw new TabularFormatException(path, Math.Min(row, MaxRows), 0,
                $"XlsxReader: expected a cell reference within A1…{MaxColumnName}{MaxRows} (the format's limits) but got '{reference}'.");
        }

        return (row, col);
    }

    private static XmlDocument LoadXml(string path, ZipArchive zip, string part)
    {
        var entry = zip.GetEntry(part)
            ?? throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected part '{part}' in the workbook but it is missing; is '{path}' an .xlsx file?");
        try
        {
            using var stream = entry.Open();
            var doc = new XmlDocument { XmlResolver = null };
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            doc.Load(xml);
            return doc;
        }
        catch (XmlException ex)
        {
            throw new TabularFormatException(path, 0, 0,
                $"XlsxReader: expected well-formed XML in part '{part}' of '{path}' but it breaks at XML line {ex.LineNumber}, position {ex.LinePosition} ({ex.Message}).");
        }
        catch (InvalidDataException ex)
        {
            throw new TabularFormatException(path, 0, 0, $"XlsxReader: expected a readable zip entry '{part}' in '{path}' but it is corrupt ({ex.Message}).");
        }
    }
}
