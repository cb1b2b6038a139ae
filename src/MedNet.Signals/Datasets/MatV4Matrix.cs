// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Datasets;

/// <summary>The header of a MATLAB level-4 MAT file holding one int16 matrix, as the CinC 2017 recordings are stored.</summary>
/// <remarks>
/// Layout (MathWorks, "MAT-File Format", level 4): five 32-bit integers — type <c>MOPT</c> (M: 0 little-endian IEEE,
/// 1 big-endian IEEE; O: 0; P: precision, 3 = int16; T: 0 full matrix), mrows, ncols, imagf, namlen — then the
/// <c>namlen</c>-byte variable name with its terminating NUL, then mrows × ncols values in column order. The byte order of
/// the whole file is the one M names. A level-5 file starts with 116 bytes of text beginning "MATLAB 5.0 MAT-file" and is
/// refused by name.
/// </remarks>
/// <param name="BigEndian">True when the file's type digit M is 1.</param>
/// <param name="Rows">mrows: signals (1 for CinC 2017).</param>
/// <param name="Columns">ncols: samples per signal.</param>
/// <param name="DataOffset">Byte offset of the first value (20 + namlen).</param>
internal sealed record MatV4Matrix(bool BigEndian, int Rows, int Columns, int DataOffset)
{
    private const int HeaderBytes = 20;

    /// <summary>Reads and checks the header of <paramref name="path"/>; the file must hold exactly one real int16 matrix.</summary>
    /// <exception cref="WfdbFormatException">The file is too short, is a level-5 MAT file, or a header field is out of range; the message names the field.</exception>
    public static MatV4Matrix Read(string path, long fileLength, ReadOnlySpan<byte> head)
    {
        if (head.Length >= 10 && head[..10].SequenceEqual("MATLAB 5.0"u8))
        {
            throw Fail(path, "version", "expected a MATLAB level-4 MAT file (as the CinC 2017 challenge ships) but the file starts with a level-5 header ('MATLAB 5.0 MAT-file'); level-5 files are not read: convert it with MATLAB's save -v4");
        }

        if (head.Length < HeaderBytes)
        {
            throw Fail(path, "header", $"expected a 20-byte MAT v4 header but the file has {fileLength} bytes");
        }

        var little = BinaryPrimitives.ReadInt32LittleEndian(head);
        var big = BinaryPrimitives.ReadInt32BigEndian(head);
        bool bigEndian;
        int type;
        if (little is >= 0 and < 1000)
        {
            bigEndian = false;
            type = little;
        }
        else if (big is >= 1000 and < 2000)
        {
            bigEndian = true;
            type = big;
        }
        else
        {
            throw Fail(path, "type", $"expected a MAT v4 type word MOPT with M = 0 (little-endian) or 1 (big-endian) but got {little} read little-endian ({big} big-endian); not a MAT v4 file or a byte order this reader cannot name");
        }

        int o = type / 100 % 10, p = type / 10 % 10, t = type % 10;
        if (o != 0 || t != 0)
        {
            throw Fail(path, "type", $"expected a full numeric matrix (O = 0, T = 0) but the type word is {type}");
        }

        if (p != 3)
        {
            throw Fail(path, "type", $"expected int16 samples (precision digit P = 3) but got P = {p} (0 double, 1 single, 2 int32, 4 uint16, 5 uint8)");
        }

        int rows = Field(head, bigEndian, 1), columns = Field(head, bigEndian, 2);
        int imaginary = Field(head, bigEndian, 3), nameLength = Field(head, bigEndian, 4);
        if (rows < 1 || columns < 1)
        {
            throw Fail(path, "mrows/ncols", $"expected a matrix of at least 1 × 1 but got {rows} × {columns}");
        }

        if (imaginary != 0)
        {
            throw Fail(path, "imagf", $"expected a real matrix (imagf = 0) but got imagf = {imaginary}");
        }

        if (nameLength < 1 || nameLength > 64)
        {
            throw Fail(path, "namlen", $"expected a variable name of 1–64 bytes but namlen is {nameLength}");
        }

        var expected = HeaderBytes + (long)nameLength + (2L * rows * columns);
        if (expected != fileLength)
        {
            throw Fail(path, "ncols", $"expected {HeaderBytes} + {nameLength} + 2 × {rows} × {columns} = {expected} bytes but the file has {fileLength} (truncated or padded)");
        }

        return new MatV4Matrix(bigEndian, rows, columns, HeaderBytes + nameLength);
    }

    private static int Field(ReadOnlySpan<byte> head, bool bigEndian, int index) => bigEndian
        ? BinaryPrimitives.ReadInt32BigEndian(head[(4 * index)..])
        : BinaryPrimitives.ReadInt32LittleEndian(head[(4 * index)..]);

    private static WfdbFormatException Fail(string path, string field, string detail) =>
        new($"MatV4Matrix: {detail} ({path}, field {field}).", file: path, field: field);
}
