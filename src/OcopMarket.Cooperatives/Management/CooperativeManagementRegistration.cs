using FluentValidation;
using OcopMarket.Cooperatives.GraphQL;

namespace OcopMarket.Cooperatives.Management;

public static class CooperativeManagementRegistration
{
    /// <summary>registerCooperative, verifyCooperative, suspendCooperative, updateStorefront.</summary>
    public static IServiceCollection AddCooperativeManagement(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<RegisterCooperativeInput>, RegisterCooperativeInputValidator>();
        services.AddSingleton<IValidator<UpdateStorefrontInput>, UpdateStorefrontInputValidator>();
        services.AddScoped<CooperativeService>();
        services.AddSingleton<IMutationFields, CooperativeMutationFields>();
        return services;
    }
}
