// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Training;

/// <summary>The one training loop of the kit: forecast, reconstruction and classification models all train through <see cref="Fit"/>.</summary>
/// <remarks>
/// Per batch, as PyTorch's idiom: loss = objective(batch, targets); zero_grad; backward; step, inside one dispose scope
/// (every tensor the batch created is disposed at its end; parameters, buffers and leaf gradients are not). After each epoch the
/// schedule steps with the epoch's mean loss, then the callbacks run. Batches are contiguous slices in sample order unless
/// <see cref="TrainingOptions.Shuffle"/> is on, in which case each epoch draws a fresh seeded permutation (Fisher–Yates).
/// </remarks>
public static class Trainer
{
    /// <summary>Trains <paramref name="model"/> on <paramref name="inputs"/> (and <paramref name="targets"/>) with <paramref name="objective"/>.</summary>
    /// <param name="model">The model; its parameters are optimised and it is put in training mode.</param>
    /// <param name="inputs">Samples along dimension 0, (N, …), N ≥ 1.</param>
    /// <param name="targets">Targets along dimension 0, (N, …), or null when the objective derives them from the inputs.</param>
    /// <param name="objective">Computes a batch's scalar loss: (inputs, targets or null) → loss; it runs the model's forward.</param>
    /// <param name="options">Optimiser, schedule, batch size, epochs and shuffling.</param>
    /// <param name="callbacks">Called after each epoch; may be null.</param>
    /// <param name="owner">Name used in error messages, e.g. <c>DualForecastTrainer</c>. Default <c>Trainer</c>.</param>
    /// <returns>One entry per epoch run: mean batch loss, learning rate used during the epoch, wall seconds.</returns>
    /// <exception cref="ArgumentException">Invalid options, no samples, or targets of another length.</exception>
    /// <exception cref="InvalidOperationException">A batch loss is NaN or ∞ (names the epoch and batch).</exception>
    public static IReadOnlyList<EpochLog> Fit(
        Module model, Tensor inputs, Tensor? targets, Func<Tensor, Tensor?, Tensor> objective, TrainingOptions options,
        IReadOnlyList<ITrainingCallback>? callbacks = null, string owner = nameof(Trainer))
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        if (inputs.dim() < 1 || inputs.size(0) < 1)
        {
            throw new ArgumentException($"{owner}: expected inputs with at least one sample along dimension 0 but got ({string.Join(", ", inputs.shape)}).", nameof(inputs));
        }

        var n = inputs.size(0);
        if (targets is not null && (targets.dim() < 1 || targets.size(0) != n))
        {
            throw new ArgumentException(
                $"{owner}: expected one target per sample ({n}) but got targets ({string.Join(", ", targets.shape)}) for inputs ({string.Join(", ", inputs.shape)}).",
                nameof(targets));
        }

        if (options.DType != ScalarType.Float32 || inputs.dtype != ScalarType.Float32)
        {
            // As the DTAAD repository's model.double(): parameters, buffers and inputs in the run's dtype, before the optimiser exists.
            model.to(options.DType);
            inputs = inputs.to(options.DType);
            targets = targets is not null && targets.is_floating_point() ? targets.to(options.DType) : targets;
        }

        var optimizer = options.Optimizer.Create(model.parameters());
        var stepSchedule = options.Schedule.Attach(optimizer);
        var control = new TrainingControl(model);
        var logs = new List<EpochLog>(options.Epochs);
        var order = options.Shuffle ? new int[n] : null;
        var random = options.Shuffle ? new Random(options.ShuffleSeed) : null;
        model.train();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var lr = optimizer.param_groups[0].lr;
            if (order is not null)
            {
                Permute(order, random!);
            }

            double sum = 0;
            var batches = 0;
            for (long start = 0; start < n; start += options.BatchSize)
            {
                var count = Math.Min(options.BatchSize, n - start);
                double value;

                // One dispose scope per batch (TorchSharp's idiom): the batch's activations, gradients of non-leaves and
                // optimiser temporaries go back to the tensor pool here, while still in cache, instead of after a collection.
                using (torch.NewDisposeScope())
                {
                    var (batch, target) = order is null
                        ? (inputs.narrow(0, start, count), targets?.narrow(0, start, count))
                        : (Rows(inputs, order.AsSpan((int)start, (int)count)), targets is null ? null : Rows(targets, order.AsSpan((int)start, (int)count)));
                    var loss = objective(batch, target);
                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    value = loss.dtype == ScalarType.Float64 ? loss.item<double>() : loss.item();
                }

                if (!double.IsFinite(value))
                {
                    throw new InvalidOperationException(
                        $"{owner}: expected a finite loss but got {value} in epoch {epoch}, batch {batches}. Check the input for NaN and lower the learning rate.");
                }

                sum += value;
                batches++;
            }

            var mean = sum / batches;
            stepSchedule(mean);
            var log = new EpochLog(epoch, mean, lr, clock.Elapsed.TotalSeconds);
            logs.Add(log);
            if (callbacks is not null)
            {
                foreach (var callback in callbacks)
                {
                    callback.OnEpochEnd(log, control);
                }
            }

            if (control.StopRequested)
            {
                break;
            }
        }

        return logs;
    }

    private static Tensor RowsOf(Tensor source, ReadOnlySpan<int> rows)
    {
        var parts = new Tensor[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            parts[i] = source.narrow(0, rows[i], 1);
        }

        return torch.cat(parts, 0);
    }

    private static void Permute(int[] order, Random random)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>The samples <paramref name="rows"/> of <paramref name="source"/> (along dimension 0) copied into a new tensor.</summary>
    private static Tensor Rows(Tensor source, ReadOnlySpan<int> rows)
    {
        if (source.dtype == ScalarType.Int64)
        {
            // Integer class targets, as PyTorch's cross_entropy takes them.
            var labels = source.data<long>();
            var size = source.shape;
            var stride = (int)(source.numel() / size[0]);
            var picked = new long[rows.Length * stride];
            for (var i = 0; i < rows.Length; i++)
            {
                labels.Slice(rows[i] * stride, stride).CopyTo(picked.AsSpan(i * stride, stride));
            }

            size[0] = rows.Length;
            return torch.tensor(picked, size);
        }

        if (source.dtype != ScalarType.Float32)
        {
            return RowsOf(source, rows);
        }

        var shape = source.shape;
        var width = (int)(source.numel() / shape[0]);
        var data = new float[rows.Length * width];
        var src = source.data();
        for (var i = 0; i < rows.Length; i++)
        {
            src.Slice(rows[i] * width, width).CopyTo(data.AsSpan(i * width, width));
        }

        shape[0] = rows.Length;
        return torch.tensor(data, shape);
    }
}
