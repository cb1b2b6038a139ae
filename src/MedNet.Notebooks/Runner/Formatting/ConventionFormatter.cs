// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using System.Reflection;

namespace MedNet.Notebooks.Runner.Formatting;

/// <summary>
/// Formats values whose type carries a <c>TypeFormatterSourceAttribute</c>, the convention .NET Interactive honours
/// without a package reference (the pattern TorchSharp uses), found by reflection on names only.
/// </summary>
/// <remarks>
/// Source: .NET Interactive, "Formatting: convention-based formatters". The contract: a class named exactly
/// <c>TypeFormatterSourceAttribute</c> (any namespace, constructor <c>(Type formatterSourceType)</c>, optional
/// <c>string[] PreferredMimeTypes</c>) decorates the type (or a base type or interface); the source type has a public
/// parameterless constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>; each formatter has
/// <c>string MimeType</c> and <c>bool Format(object instance, TextWriter writer)</c>, and optionally <c>Type Type</c>
/// restricting what it formats. Matching by name keeps the runner independent of the assembly that defines the attribute.
/// </remarks>
internal static class ConventionFormatter
{
    private const string AttributeName = "TypeFormatterSourceAttribute";
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Handle>> Cache = new();

    /// <summary>Formats <paramref name="value"/> with every convention formatter its type declares.</summary>
    /// <returns>MIME type → text, in the formatters' order (preferred MIME types first); empty when the type has none.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Format(object value)
    {
        var handles = Cache.GetOrAdd(value.GetType(), Discover);
        var result = new List<KeyValuePair<string, string>>(handles.Count);
        foreach (var handle in handles)
        {
            if (handle.AppliesTo is not null && !handle.AppliesTo.IsInstanceOfType(value))
            {
                continue;
            }

            if (result.Exists(kv => kv.Key == handle.MimeType))
            {
                continue;
            }

            using var writer = new StringWriter();
            var outcome = handle.Method.Invoke(handle.Formatter, [value, writer]);
            if (outcome is not false)
            {
                result.Add(new KeyValuePair<string, string>(handle.MimeType, writer.ToString()));
            }
        }

        return result;
    }

    private static IReadOnlyList<Handle> Discover(Type type)
    {
        var attribute = FindAttribute(type);
        if (attribute is null)
        {
            return [];
        }

        if (attribute.ConstructorArguments.Count == 0 || attribute.ConstructorArguments[0].Value is not Type sourceType)
        {
            throw new InvalidOperationException(
                $"{AttributeName} on {type.FullName}: expected a constructor argument of type Type but got none. Use [TypeFormatterSource(typeof(MyFormatterSource))].");
        }

        var preferred = attribute.NamedArguments
            .Where(a => a.MemberName == "PreferredMimeTypes" && a.TypedValue.Value is IEnumerable<CustomAttributeTypedArgument>)
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.TypedValue.Value!)
            .Select(a => (string)a.Value!)
            .ToList();

        var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
            ?? throw new InvalidOperationException(
                $"{AttributeName} on {type.FullName}: expected {sourceType.FullName} to have a public method IEnumerable<object> CreateTypeFormatters() but it has none.");
        var source = Activator.CreateInstance(sourceType)!;
        var handles = new List<Handle>();
        foreach (var formatter in (System.Collections.IEnumerable)create.Invoke(source, null)!)
        {
            handles.Add(ToHandle(formatter, type));
        }

        return handles
            .OrderBy(h => preferred.IndexOf(h.MimeType) is int i && i >= 0 ? i : int.MaxValue)
            .ToList();
    }

    private static CustomAttributeData? FindAttribute(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            var found = t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == AttributeName);
            if (found is not null)
            {
                return found;
            }
        }

        return type.GetInterfaces()
            .SelectMany(i => i.GetCustomAttributesData())
            .FirstOrDefault(a => a.AttributeType.Name == AttributeName);
    }

    private static Handle ToHandle(object formatter, Type formatted)
    {
        var kind = formatter.GetType();
        var mime = kind.GetProperty("MimeType")?.GetValue(formatter) as string
            ?? throw new InvalidOperationException(
                $"{AttributeName} on {formatted.FullName}: expected formatter {kind.FullName} to have a string property MimeType but it has none.");
        var method = kind.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == "Format" && m.GetParameters() is { Length: 2 } p && p[1].ParameterType == typeof(TextWriter))
            ?? throw new InvalidOperationException(
                $"{AttributeName} on {formatted.FullName}: expected formatter {kind.FullName} to have a method bool Format(object instance, TextWriter writer) but it has none.");
        var appliesTo = kind.GetProperty("Type")?.GetValue(formatter) as Type;
        return new Handle(formatter, method, mime, appliesTo);
    }

    private sealed record Handle(object Formatter, MethodInfo Method, string MimeType, Type? AppliesTo);
}
