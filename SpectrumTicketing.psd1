@{
    RootModule             = 'SpectrumTicketing.PowerShell.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '3882e4c2-8d6b-46fb-a3d1-b3b215dd8650'
    Author                 = 'SpectrumTicketing contributors'
    CompanyName            = 'SpectrumTicketing contributors'
    Copyright              = '(c) SpectrumTicketing contributors. All rights reserved.'
    Description            = 'Cmdlets for the Spectrum Business (enterprise) Customer Ticketing API: list and read tickets, sites and circuits, create tickets, add notes and attachments, and request closure.'
    CompatiblePSEditions   = @('Desktop', 'Core')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    RequiredAssemblies     = @('SpectrumTicketing.Client.dll')
    FormatsToProcess       = @('SpectrumTicketing.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-SpectrumTicketing'
        'Disconnect-SpectrumTicketing'
        'Get-SpectrumTicketingConnection'
        'Get-SpectrumTicket'
        'Get-SpectrumSite'
        'Get-SpectrumCircuit'
        'New-SpectrumTicketContact'
        'New-SpectrumTicket'
        'Add-SpectrumTicketNote'
        'Request-SpectrumTicketClosure'
        'Add-SpectrumTicketAttachment'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Spectrum', 'Charter', 'Ticketing', 'ServiceDesk', 'Network', 'API', 'PSEdition_Core', 'PSEdition_Desktop')
            ReleaseNotes = 'First release: connect; read tickets, sites and circuits; create tickets; add notes, closure requests and attachments.'
        }
    }
}
