// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Cli;

return CommandLineApp.Build().Parse(args).Invoke();
