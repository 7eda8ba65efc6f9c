package message

import (
	"bytes"
	"io"
	"mime/quotedprintable"
	"testing"
)

// FuzzDecodeQP checks decodeQP against mime/quotedprintable: the same
// output whenever the standard decoder succeeds, and an error whenever it
// fails.
func FuzzDecodeQP(f *testing.F) {
	for _, s := range []string{
		"", "plain", "caf=C3=A9\r\n", "soft=\r\nbreak", "soft=\nbreak", "trail  \r\nx", "=", "a=",
		"=ZZ", "=4", "=4\n", "x=\r", "= \r\nx", "=3D=3d", "tab\there", "\x01", "\x7f", "\xe9t\xe9",
		"line=20\r\n", "a = b\r\n", "end=  ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want, wantErr := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(src)))
		got, err := decodeQP(src)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("decodeQP(%q) error = %v, standard library error = %v", src, err, wantErr)
		}
		if err == nil && !bytes.Equal(got, want) {
			t.Fatalf("decodeQP(%q) = %q, standard library gives %q", src, got, want)
		}
	})
}
