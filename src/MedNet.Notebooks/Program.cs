// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Cli;

return CommandLineApp.Run(args);
