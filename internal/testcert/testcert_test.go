package testcert

import (
	"crypto/x509"
	"testing"
)

func TestSelfSignedIsTrustedByItsPool(t *testing.T) {
	cert, pool, err := SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"localhost", "127.0.0.1", "::1"} {
		if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: name, Roots: pool}); err != nil {
			t.Errorf("verify for %s: %v", name, err)
		}
	}
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "example.com", Roots: pool}); err == nil {
		t.Error("the certificate must not be valid for example.com")
	}
}
