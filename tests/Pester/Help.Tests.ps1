# Checks the MAML help of every exported cmdlet against the cmdlet itself, so help and code cannot drift
# apart unnoticed: each parameter documented, no stale parameters, and the declared output types named.

BeforeDiscovery {
    $manifest = Join-Path $PSScriptRoot '../../out/SpectrumTicketing/SpectrumTicketing.psd1'
    Import-Module $manifest -Force

    $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters +
        [System.Management.Automation.Cmdlet]::OptionalCommonParameters

    $commandCases = foreach ($command in Get-Command -Module SpectrumTicketing -CommandType Cmdlet) {
        $parameterCases = foreach ($name in $command.Parameters.Keys) {
            if ($name -notin $commonParameters) {
                @{ CommandName = $command.Name; ParameterName = $name }
            }
        }

        @{ CommandName = $command.Name; ParameterCases = @($parameterCases) }
    }

    $outputCases = $commandCases | Where-Object { $_.CommandName -ne 'Disconnect-SpectrumTicketing' }

    $writeCases = @(
        @{ CommandName = 'New-SpectrumTicket' }
        @{ CommandName = 'Add-SpectrumTicketNote' }
        @{ CommandName = 'Request-SpectrumTicketClosure' }
        @{ CommandName = 'Add-SpectrumTicketAttachment' }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../out/SpectrumTicketing/SpectrumTicketing.psd1') -Force

    function Get-ParagraphText {
        param([object[]] $Paragraphs)
        (@($Paragraphs) | ForEach-Object { $_.Text }) -join "`n"
    }
}

Describe 'Module exports' {
    It 'exports the eleven documented cmdlets' {
        $names = (Get-Command -Module SpectrumTicketing -CommandType Cmdlet).Name | Sort-Object

        $names.Count | Should -Be 11
    }
}

Describe 'Help of <CommandName>' -ForEach $commandCases {
    BeforeAll {
        $command = Get-Command -Name $CommandName
        $help = Get-Help -Name $CommandName -Full
        $documented = @($help.parameters.parameter | Where-Object { $_ })
    }

    It 'comes from the MAML file' {
        $help.PSObject.TypeNames | Should -Contain 'MamlCommandHelpInfo'
    }

    It 'has a synopsis written by hand' {
        $synopsis = "$($help.Synopsis)".Trim()

        $synopsis | Should -Not -BeNullOrEmpty
        $synopsis | Should -Not -BeLike "$CommandName *"
        $synopsis | Should -Not -BeLike '*`[<CommonParameters>`]*'
    }

    It 'has a description' {
        Get-ParagraphText $help.description | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code' {
        $examples = @($help.examples.example)

        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            "$($example.code)".Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'has a remark on every example' {
        foreach ($example in @($help.examples.example)) {
            Get-ParagraphText $example.remarks | Should -Not -BeNullOrEmpty
        }
    }

    # Get-SpectrumTicketingConnection has no parameters of its own, and -ForEach rejects an empty table.
    if ($ParameterCases.Count -gt 0) {
        It 'documents parameter <ParameterName> with a description' -ForEach $ParameterCases {
            $entry = $documented | Where-Object name -EQ $ParameterName

            $entry | Should -Not -BeNullOrEmpty
            Get-ParagraphText $entry.description | Should -Not -BeNullOrEmpty
        }

        It 'documents parameter <ParameterName> as required only when it is mandatory' -ForEach $ParameterCases {
            $entry = $documented | Where-Object name -EQ $ParameterName
            $mandatory = @($command.Parameters[$ParameterName].ParameterSets.Values | Where-Object IsMandatory).Count -gt 0

            $entry.required | Should -Be $mandatory.ToString().ToLowerInvariant()
        }

        It 'documents parameter <ParameterName> at its position' -ForEach $ParameterCases {
            $entry = $documented | Where-Object name -EQ $ParameterName
            $positions = @($command.Parameters[$ParameterName].ParameterSets.Values.Position | Where-Object { $_ -ge 0 } | Sort-Object -Unique)
            $expected = if ($positions.Count -gt 0) { "$($positions[0])" } else { 'named' }

            $entry.position | Should -Be $expected
        }
    }

    It 'documents no parameter that the cmdlet lacks' {
        foreach ($entry in $documented) {
            $command.Parameters.ContainsKey($entry.name) | Should -BeTrue -Because "-$($entry.name) is documented"
        }
    }

    It 'names every declared output type among its outputs' {
        $documentedOutputs = @($help.returnValues.returnValue.type.name)

        foreach ($outputType in $command.OutputType.Name | Where-Object { $_ -ne 'System.Void' }) {
            $documentedOutputs | Should -Contain $outputType
        }
    }
}

Describe 'Output type of <CommandName>' -ForEach $outputCases {
    It 'is declared with the OutputType attribute' {
        $declared = @((Get-Command -Name $CommandName).OutputType.Name | Where-Object { $_ -ne 'System.Void' })

        $declared.Count | Should -BeGreaterThan 0
    }
}

Describe 'Output type of Disconnect-SpectrumTicketing' {
    It 'declares no output' {
        $declared = @((Get-Command -Name Disconnect-SpectrumTicketing).OutputType.Name | Where-Object { $_ -ne 'System.Void' })

        $declared.Count | Should -Be 0
    }
}

Describe 'ShouldProcess support of <CommandName>' -ForEach $writeCases {
    BeforeAll {
        $parameters = (Get-Command -Name $CommandName).Parameters
        $help = Get-Help -Name $CommandName -Full
    }

    It 'has the WhatIf and Confirm parameters' {
        $parameters.ContainsKey('WhatIf') | Should -BeTrue
        $parameters.ContainsKey('Confirm') | Should -BeTrue
    }

    It 'documents WhatIf and Confirm' {
        $names = @($help.parameters.parameter.name)

        $names | Should -Contain 'WhatIf'
        $names | Should -Contain 'Confirm'
    }
}
