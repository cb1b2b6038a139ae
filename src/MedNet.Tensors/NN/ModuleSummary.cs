// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;

namespace MedNet.Tensors.NN;

/// <summary>A readable table of a module tree: name, layer, output shape and parameter count, like torchinfo's summary.</summary>
public static class ModuleSummary
{
    /// <summary>Runs <paramref name="model"/> on zeros of <paramref name="input_size"/> under no_grad and lists every module with its output shape.</summary>
    /// <param name="model">The model.</param>
    /// <param name="input_size">Input shape, e.g. (B, C, L).</param>
    /// <returns>The table, one line per module, with totals.</returns>
    public static string summary(Module<Tensor, Tensor> model, params long[] input_size)
    {
        var shapes = new Dictionary<Module, string>(ReferenceEqualityComparer.Instance);
        var modules = model.named_modules().ToList();
        Action<Module, object?> observer = (m, o) => shapes[m] = o is Tensor t ? Shape.Format(t.Dims) : o?.GetType().Name ?? "-";
        foreach (var (_, m) in modules)
        {
            (m.OutputObservers ??= []).Add(observer);
        }

        try
        {
            using (torch.no_grad())
            {
                model.call(torch.zeros(input_size));
            }
        }
        finally
        {
            foreach (var (_, m) in modules)
            {
                m.OutputObservers!.Remove(observer);
            }
        }

        return Table(modules, shapes);
    }

    /// <summary>Lists the module tree with parameter counts (no forward pass).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The table.</returns>
    public static string summary(Module model) => Table(model.named_modules().ToList(), new Dictionary<Module, string>(ReferenceEqualityComparer.Instance));

    private static string Table(List<(string name, Module module)> modules, Dictionary<Module, string> shapes)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"Layer",-40} {"Output shape",-20} {"Param #",12}");
        sb.AppendLine(new string('-', 74));
        foreach (var (name, m) in modules)
        {
            var depth = name.Length == 0 ? 0 : name.Count(c => c == '.') + 1;
            var label = new string(' ', 2 * depth) + (name.Length == 0 ? m.GetType().Name : $"{name.Split('.')[^1]}: {m.GetType().Name}");
            var own = m.parameter_count() - m.named_children().Sum(c => c.module.parameter_count());
            sb.AppendLine(CultureInfo.InvariantCulture, $"{label,-40} {(shapes.TryGetValue(m, out var s) ? s : "-"),-20} {own,12:N0}");
        }

        var root = modules[0].module;
        sb.AppendLine(new string('-', 74));
        sb.AppendLine(CultureInfo.InvariantCulture, $"Total params: {root.parameter_count():N0}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Trainable params: {root.parameter_count(trainable_only: true):N0}");
        return sb.ToString();
    }
}
