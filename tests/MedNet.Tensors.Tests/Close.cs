// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests;

/// <summary>Element-wise closeness with the tolerances of <see cref="Tolerances"/>: |expected − actual| ≤ atol + rtol·|expected|.</summary>
internal static class Close
{
    /// <summary>Asserts equal lengths and every element within <see cref="Tolerances.ParityAtol"/> + <paramref name="rtol"/>·|expected|.</summary>
    public static void Elements(float[] expected, float[] actual, double rtol)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= Tolerances.ParityAtol + (rtol * Math.Abs(expected[i])),
                $"element {i}: expected {expected[i]} but got {actual[i]}");
        }
    }
}
