// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Reflection;

namespace MedNet.Tensors;

/// <summary>Dtype helpers shared by the kernels: named errors for missing kernels and mismatched operands.</summary>
internal static class DTypes
{
    /// <summary>Where the float64 coverage is listed.</summary>
    internal const string CoverageNote = "supported float64 ops: see docs/from-pytorch.md (\"float64\")";

    /// <summary>C# element type name of a dtype.</summary>
    internal static string ElementName(ScalarType t) => t switch
    {
        ScalarType.Float64 => "double",
        ScalarType.Int64 => "long",
        _ => "float",
    };

    /// <summary>The error for a float32-only kernel reached with another dtype; names the public op the caller entered.</summary>
    /// <remarks>Cold path: the op is the outermost MedNet.Tensors frame on the stack, found only when the error is raised.</remarks>
    internal static NotSupportedException NoKernel(Tensor t)
    {
        // The op's name comes from the stack; optimised code can inline it away, and then the tensor's shape names it.
        var op = EntryOp() ?? $"operation on a {t.DType} tensor {Shape.Format(t.Dims)}";
        return t.DType == ScalarType.Int64
            ? new NotSupportedException($"{op}: no int64 kernel (int64 tensors hold class targets and indices); convert with to(torch.float32) or to(torch.float64) first.")
            : new NotSupportedException($"{op}: no float64 kernel; {CoverageNote}. Convert with to(torch.float32) to run it in float32.");
    }

    /// <summary>The error for a float64 op reached with a float32 or int64 operand it cannot take.</summary>
    internal static ArgumentException Mismatch(string op, Tensor expected, Tensor got, string argument) =>
        new($"{op}: expected {argument} of dtype {expected.DType} (as the other operands) but got {got.DType}; convert it with to({expected.DType switch { ScalarType.Float64 => "torch.float64", ScalarType.Int64 => "torch.int64", _ => "torch.float32" }}).", argument);

    /// <summary>Throws <see cref="Mismatch"/> unless every non-null operand has <paramref name="first"/>'s dtype.</summary>
    internal static void RequireSame(string op, Tensor first, Tensor? other, string argument)
    {
        if (other is not null && other.DType != first.DType)
        {
            throw Mismatch(op, first, other, argument);
        }
    }

    private static string? EntryOp()
    {
        var asm = typeof(Tensor).Assembly;
        var frames = new StackTrace().GetFrames();
        string? found = null;
        for (var i = frames.Length - 1; i >= 0; i--)
        {
            var m = frames[i].GetMethod();
            if (m?.DeclaringType is { } type && type.Assembly == asm && type != typeof(DTypes) && m.IsPublic)
            {
                found = Describe(type, m);
                break;
            }
        }

        return found;
    }

    private static string Describe(Type type, MethodBase m)
    {
        var name = m.Name;
        if (name.StartsWith("op_", StringComparison.Ordinal))
        {
            name = "operator " + name[3..];
        }
        else if (name.StartsWith("get_", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        var prefix = type == typeof(Tensor) ? "Tensor" : type.FullName!.Replace("MedNet.Tensors.", string.Empty, StringComparison.Ordinal).Replace('+', '.');
        return $"{prefix}.{name}";
    }
}
