/* hold_file.exe FILE RELEASE: opens FILE as Excel or WPS holds a workbook they have open (read
 * and write, shared with nobody), prints "held", and keeps it so until the file RELEASE exists
 * (at most two minutes). For the Windows smoke test (.ci/windows), built with MinGW:
 *   x86_64-w64-mingw32-gcc -municode -O1 -o hold_file.exe tools/hold_file.c */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv)
{
    HANDLE file;
    int waited;

    if (argc != 3) {
        fprintf(stderr, "usage: hold_file.exe FILE RELEASE\n");
        return 2;
    }
    file = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                       FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "cannot open the file: error %lu\n", GetLastError());
        return 1;
    }
    printf("held\n");
    fflush(stdout);
    for (waited = 0; waited < 1200; waited++) {
        if (GetFileAttributesW(argv[2]) != INVALID_FILE_ATTRIBUTES)
            break;
        Sleep(100);
    }
    CloseHandle(file);
    return 0;
}
