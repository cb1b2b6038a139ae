// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Signals.Tabular;

/// <summary>Splits a CSV file into records of text fields, keeping the 1-based line number of each record.</summary>
/// <remarks>
/// Grammar (RFC 4180 subset): <c>record = field *("," field)</c>; <c>field = quoted / bare</c>; a quoted field is
/// <c>"…"</c> with <c>""</c> for a quote and may span lines (the line break is kept as <c>\n</c>). CRLF and LF both end a
/// record outside quotes; blank lines are skipped;
/// a UTF-8 byte-order mark is ignored. Bare fields are trimmed of spaces.
/// </remarks>
internal static class CsvRecordReader
{
    /// <summary>Reads every non-blank record.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CsvRecordReader: expected a CSV file but '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int lineNumber = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }

            if (line.Length == 0)
            {
                continue;
            }

            // A quoted field may hold line breaks: join physical lines while the quotes are unbalanced.
            var start = lineNumber;
            while (line.Count(c => c == '"') % 2 == 1 && reader.ReadLine() is { } next)
            {
                lineNumber++;
                line += "\n" + next;
            }

            Split(path, start, line, fields, field);
            yield return (start, fields.ToArray());
        }
    }

    private static void Split(string path, int lineNumber, string line, List<string> fields, StringBuilder field)
    {
        fields.Clear();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                int start = i + 1;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new TabularFormatException(path, lineNumber, fields.Count + 1,
                            $"CsvRecordReader: expected a closing quote for the field that starts at character {start} but the file ended ({path} line {lineNumber}).");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i]);
                    i++;
                }

                fields.Add(field.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    throw new TabularFormatException(path, lineNumber, fields.Count,
                        $"CsvRecordReader: expected ',' after a quoted field but got '{line[i]}' ({path} line {lineNumber}, column {fields.Count}).");
                }
            }
            else
            {
                int comma = line.IndexOf(',', i);
                int end = comma < 0 ? line.Length : comma;
                fields.Add(line.AsSpan(i, end - i).Trim().ToString());
                i = end;
            }

            if (i >= line.Length)
            {
                return;
            }

            i++; // skip the comma
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return;
            }
        }
    }
}
