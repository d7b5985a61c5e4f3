using SocialKpi.Cli;

return await CliRoot.Create().Parse(args).InvokeAsync();
