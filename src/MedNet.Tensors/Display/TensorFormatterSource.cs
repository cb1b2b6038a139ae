// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Display;

/// <summary>Creates the text/plain and text/html formatters .NET Interactive uses to show a <see cref="Tensor"/>.</summary>
public sealed class TensorFormatterSource
{
    /// <summary>The formatters, HTML first.</summary>
    /// <returns>One formatter per MIME type.</returns>
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new TensorFormatter("text/html");
        yield return new TensorFormatter("text/plain");
    }
}
