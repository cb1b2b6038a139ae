// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;
using MedNet.Models.Training;

namespace MedNet.Experiments.Runs;

/// <summary>
/// What a run did and produced, written as JSON under <c>artifacts/</c>: config, seed, thread count, data
/// fingerprint, commit, wall time, per-epoch loss and learning rate, and the metrics.
/// </summary>
/// <param name="Id">Run id, e.g. <c>mednet-table3</c>.</param>
/// <param name="Context">Profile, seed, threads and commit.</param>
/// <param name="Models">Each model the run trained, as the experiment composed it; architectures are serialised as they are.</param>
/// <param name="DataFingerprint">SHA-256 of the input data (<see cref="Runs.DataFingerprint"/>).</param>
/// <param name="DataFolder">The data folder the run read.</param>
/// <param name="StartedUtc">Start time (UTC).</param>
/// <param name="WallSeconds">Total wall time in seconds.</param>
/// <param name="Epochs">One entry per training epoch.</param>
/// <param name="Metrics">Named results (e.g. f1, precision, recall, roc_auc).</param>
/// <param name="Notes">Protocol notes: where this run differs from the paper and why.</param>
public sealed record RunRecord(
    string Id, RunContext Context, IReadOnlyList<ModelSetup> Models, string DataFingerprint, string DataFolder, DateTime StartedUtc, double WallSeconds,
    IReadOnlyList<EpochLog> Epochs, IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        IncludeFields = true,
    };

    /// <summary>Curves kept beside the metrics (e.g. per-class ROC curves, decimated); null when the run keeps none (then not written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RunCurve>? Curves { get; init; }

    /// <summary>Serialises the record; the config is written with its runtime type's properties (and tuple fields).</summary>
    /// <returns>Indented JSON with snake_case names.</returns>
    public string ToJson() => JsonSerializer.Serialize(this with { Models = [.. Models.Select(m => m with { Architecture = JsonSerializer.SerializeToElement(m.Architecture, m.Architecture.GetType(), Options), Loss = m.Loss is null ? null : JsonSerializer.SerializeToElement(m.Loss, m.Loss.GetType(), Options) })] }, Options);

    /// <summary>Reads a record written by <see cref="ToJson"/>; the config comes back as a <see cref="JsonElement"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a run record.</exception>
    public static RunRecord FromJson(string json) =>
        JsonSerializer.Deserialize<RunRecord>(json, Options) ?? throw new JsonException("RunRecord.FromJson: expected an object but got null.");

    /// <summary>Writes the JSON to <c>&lt;artifacts&gt;/&lt;id&gt;/seed&lt;seed&gt;.json</c>.</summary>
    /// <returns>The path written.</returns>
    public string Save()
    {
        var dir = Path.Combine(Context.ArtifactsDirectory, Id);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"seed{Context.Seed}.json");
        File.WriteAllText(path, ToJson());
        return path;
    }
}
