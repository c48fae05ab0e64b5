import SangKienCLI

SangKienCommand.main()
