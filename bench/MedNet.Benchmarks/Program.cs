// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MedNet.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
