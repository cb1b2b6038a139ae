// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Display;

/// <summary>One convention-based .NET Interactive formatter: a MIME type and a function that writes an instance.</summary>
/// <remarks>Shaped as the kernel expects by convention: <c>MimeType</c>, <c>Type</c> and <c>bool Format(object, TextWriter)</c>.</remarks>
/// <param name="type">The type formatted.</param>
/// <param name="mimeType">"text/html" or "text/plain".</param>
/// <param name="render">Renders an instance of <paramref name="type"/>.</param>
public sealed class VizFormatter(Type type, string mimeType, Func<object, string> render)
{
    /// <summary>The type formatted.</summary>
    public Type Type { get; } = type;

    /// <summary>"text/html" or "text/plain".</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes the instance if it is of <see cref="Type"/>.</summary>
    /// <param name="instance">The value to display.</param>
    /// <param name="writer">Destination.</param>
    /// <returns>True when written; false when the instance is not of <see cref="Type"/>.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is null || !Type.IsInstanceOfType(instance))
        {
            return false;
        }

        writer.Write(render(instance));
        return true;
    }
}
