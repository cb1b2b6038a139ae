// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Signals.Tabular;

/// <summary>Splits a CSV file into records of text fields, keeping the 1-based line number of each record.</summary>
/// <remarks>
/// Grammar (RFC 4180 subset): <c>record = field *("," field)</c>; <c>field = quoted / bare</c>; a quoted field is
/// <c>"…"</c> with <c>""</c> for a quote and may span lines (the line break is kept as <c>\n</c>). CRLF and LF both end a
/// record outside quotes; blank lines are skipped; a UTF-8 byte-order mark is ignored. Bare fields are trimmed of spaces.
/// The file is read once, character by character, so the cost is linear in its size whatever the quoting (an unbalanced
/// quote used to make the reader re-count quotes over an ever longer joined line: quadratic).
/// </remarks>
internal static class CsvRecordReader
{
    /// <summary>Reads every non-blank record.</summary>
    /// <exception cref="TabularFormatException">A quoted field is not closed before the end of the file, or a quoted field is followed by
    /// something other than a comma or a line break; the message names the file, line and column.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CsvRecordReader: expected a CSV file but '{path}' does not exist.", path);
        }

        return ReadCore(path);
    }

    private static IEnumerable<(int Line, string[] Fields)> ReadCore(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        var buffer = new char[16 * 1024];
        int count = 0, pos = 0;
        int line = 1;            // line of the next character
        int recordLine = 1;      // line on which the current record started
        bool inQuotes = false;
        bool afterQuoted = false; // the current field was quoted and its closing quote was read
        bool fieldStarted = false; // any character of the current record was read
        int quoteLine = 0, quoteColumn = 0;
        bool first = true;

        while (true)
        {
            if (pos == count)
            {
                count = reader.Read(buffer, 0, buffer.Length);
                pos = 0;
                if (count == 0)
                {
                    break;
                }
            }

            char c = buffer[pos++];
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (pos == count)
                    {
                        count = reader.Read(buffer, 0, buffer.Length);
                        pos = 0;
                    }

                    if (pos < count && buffer[pos] == '"')
                    {
                        field.Append('"');
                        pos++;
                        continue;
                    }

                    inQuotes = false;
                    afterQuoted = true;
                    continue;
                }

                if (c == '\r')
                {
                    continue; // CRLF inside a quoted field is kept as \n
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                continue;
            }

            switch (c)
            {
                case ',':
                    EndField(fields, field, afterQuoted);
                    afterQuoted = false;
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0 || afterQuoted)
                    {
                        EndField(fields, field, afterQuoted);
                        yield return (recordLine, fields.ToArray());
                        fields.Clear();
                    }

                    afterQuoted = false;
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                    break;
                case '"' when !afterQuoted && IsBlank(field):
                    field.Clear();
                    inQuotes = true;
                    fieldStarted = true;
                    quoteLine = line;
                    quoteColumn = fields.Count + 1;
                    break;
                default:
                    if (afterQuoted)
                    {
                        if (c == ' ' || c == '\t')
                        {
                            break;
                        }

                        throw new TabularFormatException(path, line, fields.Count + 1,
                            $"CsvRecordReader: expected ',' after a quoted field but got '{c}' ({path} line {line}, column {fields.Count + 1}).");
                    }

                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new TabularFormatException(path, quoteLine, quoteColumn,
                $"CsvRecordReader: expected a closing quote for the field that starts on line {quoteLine} (column {quoteColumn}) but the file ended ({path}).");
        }

        if (fieldStarted || field.Length > 0 || afterQuoted)
        {
            EndField(fields, field, afterQuoted);
            yield return (recordLine, fields.ToArray());
        }
    }

    private static bool IsBlank(StringBuilder field)
    {
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != ' ' && field[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static void EndField(List<string> fields, StringBuilder field, bool quoted)
    {
        fields.Add(quoted ? field.ToString() : field.ToString().Trim());
        field.Clear();
    }
}
