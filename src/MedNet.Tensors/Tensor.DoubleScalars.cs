// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Arithmetic with a double scalar: kept in double for float64 tensors (as PyTorch's Python floats), rounded to float for float32 ones.</summary>
public sealed partial class Tensor
{
    /// <summary>Multiplies by a double scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar (rounded to float32 for a float32 tensor, exact for float64).</param>
    /// <returns><c>a * b</c>.</returns>
    public static Tensor operator *(Tensor a, double b) => a.IsF64 ? AffineF64(a, b, 0) : a * (float)b;

    /// <inheritdoc cref="op_Multiply(Tensor, double)"/>
    public static Tensor operator *(double b, Tensor a) => a * b;

    /// <summary>Divides by a double scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar, non-zero.</param>
    /// <returns><c>a / b</c>.</returns>
    public static Tensor operator /(Tensor a, double b) => a.IsF64 ? AffineF64(a, 1.0 / b, 0) : a / (float)b;

    /// <summary>Adds a double scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar.</param>
    /// <returns><c>a + b</c>.</returns>
    public static Tensor operator +(Tensor a, double b) => a.IsF64 ? AffineF64(a, 1, b) : a + (float)b;

    /// <inheritdoc cref="op_Addition(Tensor, double)"/>
    public static Tensor operator +(double b, Tensor a) => a + b;

    /// <summary>Subtracts a double scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar.</param>
    /// <returns><c>a - b</c>.</returns>
    public static Tensor operator -(Tensor a, double b) => a.IsF64 ? AffineF64(a, 1, -b) : a - (float)b;

    /// <summary>Double scalar minus tensor.</summary>
    /// <param name="b">Scalar.</param>
    /// <param name="a">Tensor.</param>
    /// <returns><c>b - a</c>.</returns>
    public static Tensor operator -(double b, Tensor a) => a.IsF64 ? AffineF64(a, -1, b) : (float)b - a;
}
