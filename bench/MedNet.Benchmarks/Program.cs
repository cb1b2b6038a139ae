// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MedNet.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/MedNet.Benchmarks -- twin [--filter NAME] [--threads 1,2] [--rounds N] [--scope off|on|both]
// dotnet run -c Release --project bench/MedNet.Benchmarks -- msa-speed [--rounds N] [--layers | --kernels]
if (args.Length > 0 && args[0] == "twin")
{
    return MedNet.Benchmarks.Twin.TwinRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "msa-speed")
{
    return MedNet.Benchmarks.Models.MsaSpeedRunner.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
