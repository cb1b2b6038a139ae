// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Display;

/// <summary>Writes a tensor's shape, dtype, min/max/mean and a preview as plain text or HTML.</summary>
/// <param name="mimeType">"text/plain" or "text/html".</param>
public sealed class TensorFormatter(string mimeType)
{
    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/> if it is a tensor.</summary>
    /// <param name="instance">The object to show.</param>
    /// <param name="writer">Destination.</param>
    /// <returns>True when the instance was a tensor and was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Tensor t)
        {
            return false;
        }

        writer.Write(MimeType == "text/html" ? TensorText.Html(t) : TensorText.Describe(t));
        return true;
    }
}
