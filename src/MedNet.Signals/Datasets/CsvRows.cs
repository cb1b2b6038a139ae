// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Signals.Datasets;

/// <summary>A minimal RFC 4180 reader for the dataset tables: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvRows
{
    /// <summary>Reads every record of a CSV file with the line on which it starts (1-based).</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        using var reader = new StreamReader(path);
        var fields = new List<string>();
        var field = new StringBuilder();
        var lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var start = lineNo;
            var inQuotes = false;
            fields.Clear();
            field.Clear();
            while (true)
            {
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    if (inQuotes)
                    {
                        if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else if (c == '"')
                        {
                            inQuotes = false;
                        }
                        else
                        {
                            field.Append(c);
                        }
                    }
                    else if (c == '"')
                    {
                        inQuotes = true;
                    }
                    else if (c == ',')
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else
                    {
                        field.Append(c);
                    }
                }

                if (!inQuotes)
                {
                    break;
                }

                line = reader.ReadLine() ?? throw new FormatException($"{path}:{start}: CSV: expected a closing quote but the file ended.");
                lineNo++;
                field.Append('\n');
            }

            fields.Add(field.ToString());
            yield return (start, fields.ToArray());
        }
    }
}
