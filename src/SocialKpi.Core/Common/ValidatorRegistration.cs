using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace SocialKpi.Common;

public static class ValidatorRegistration
{
    /// <summary>
    /// Registers every FluentValidation validator of an assembly as <c>IValidator&lt;T&gt;</c>. The feed
    /// lacks FluentValidation's DI package; validators hold no state, so one instance serves all.
    /// </summary>
    public static IServiceCollection AddValidatorsFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddSingleton(contract, type);
        }
        return services;
    }
}
